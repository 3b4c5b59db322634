// Node entry: the same functions and types as the web build, ready on import (no init()).
export * from '../web/article_annotator.js';
