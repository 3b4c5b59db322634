fn main() {
    let a: Vec<u32> = std::env::args().skip(1).map(|x| x.parse().unwrap()).collect();
    let t = std::time::Instant::now();
    let s = lstmbench::run(a[0], a[1], a[2], a[3]);
    println!("{} ms (checksum {s})", t.elapsed().as_secs_f64() * 1000.0);
}
