// Parses every *.md file under a directory with gray-matter, the most used front-matter parser
// on npm: the whole process (start, walk, read, parse) is what compare.sh times.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.md') || entry.name.endsWith('.markdown')) yield full;
  }
}

const root = process.argv[2];
let files = 0;
let failed = 0;
for (const file of walk(root)) {
  files++;
  try {
    // No cache: gray-matter caches by content, which would not be a parse.
    matter(fs.readFileSync(file, 'utf8'), { cache: false });
  } catch (e) {
    failed++;
  }
}
console.log(`${files} files, ${failed} failed`);
