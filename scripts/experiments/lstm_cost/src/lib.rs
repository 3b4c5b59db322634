//! Cost of a BiLSTM-CNN-CRF tagger's forward pass per token (random weights), f32.
fn matvec(w: &[f32], x: &[f32], out: &mut [f32]) {
    // w: x.len() rows of out.len()
    for (i, &xi) in x.iter().enumerate() {
        let row = &w[i * out.len()..(i + 1) * out.len()];
        for (o, &wv) in out.iter_mut().zip(row) {
            *o += xi * wv;
        }
    }
}
fn sig(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

pub struct Net {
    d: usize,
    h: usize,
    f: usize,
    wx: Vec<f32>,
    wh: Vec<f32>,
    conv: Vec<f32>,
    out: Vec<f32>,
}

impl Net {
    pub fn new(d: usize, h: usize, f: usize) -> Net {
        let inp = d + 8 + f;
        let mut s = 12345u32;
        let mut r = |n: usize| {
            (0..n)
                .map(|_| {
                    s = s.wrapping_mul(1103515245).wrapping_add(12345);
                    ((s >> 16) as f32 / 65536.0 - 0.5) * 0.1
                })
                .collect::<Vec<f32>>()
        };
        Net {
            d,
            h,
            f,
            wx: r(2 * inp * 4 * h),
            wh: r(2 * h * 4 * h),
            conv: r(75 * f),
            out: r(2 * h * 9),
        }
    }
    /// Tags a sentence of n tokens of `chars` characters each; returns a checksum.
    pub fn sentence(&self, n: usize, chars: usize) -> f32 {
        let (d, h, f) = (self.d, self.h, self.f);
        let inp = d + 8 + f;
        let mut xs = vec![0.1f32; n * inp];
        // char CNN: per char window 75 inputs -> f filters, max-pooled
        let cw = vec![0.05f32; 75];
        for t in 0..n {
            let mut best = vec![f32::MIN; f];
            for _c in 0..chars {
                let mut o = vec![0f32; f];
                matvec(&self.conv, &cw, &mut o);
                for (b, v) in best.iter_mut().zip(&o) {
                    *b = b.max(v.tanh());
                }
            }
            xs[t * inp + d + 8..(t + 1) * inp].copy_from_slice(&best);
        }
        let mut hs = vec![0f32; n * 2 * h];
        for dir in 0..2 {
            let wx = &self.wx[dir * inp * 4 * h..(dir + 1) * inp * 4 * h];
            let wh = &self.wh[dir * h * 4 * h..(dir + 1) * h * 4 * h];
            let (mut hh, mut cc) = (vec![0f32; h], vec![0f32; h]);
            for k in 0..n {
                let t = if dir == 0 { k } else { n - 1 - k };
                let mut z = vec![0f32; 4 * h];
                matvec(wx, &xs[t * inp..(t + 1) * inp], &mut z);
                matvec(wh, &hh, &mut z);
                for j in 0..h {
                    let (i, fg, g, o) =
                        (sig(z[j]), sig(z[h + j]), z[2 * h + j].tanh(), sig(z[3 * h + j]));
                    cc[j] = fg * cc[j] + i * g;
                    hh[j] = o * cc[j].tanh();
                }
                hs[t * 2 * h + dir * h..t * 2 * h + dir * h + h].copy_from_slice(&hh);
            }
        }
        let mut sum = 0f32;
        for t in 0..n {
            let mut e = vec![0f32; 9];
            matvec(&self.out, &hs[t * 2 * h..(t + 1) * 2 * h], &mut e);
            sum += e.iter().sum::<f32>();
        }
        sum
    }
}

#[no_mangle]
pub extern "C" fn run(d: u32, h: u32, f: u32, tokens: u32) -> f32 {
    let net = Net::new(d as usize, h as usize, f as usize);
    let mut s = 0f32;
    let mut left = tokens as usize;
    while left > 0 {
        let n = left.min(25);
        s += net.sentence(n, 6);
        left -= n;
    }
    s
}
