// Prints the text of each PDF named on the command line as pdf.js's getTextContent gives it
// (what its text layer, copy and find use): items in content order, a newline where pdf.js ends a
// line, a form feed between pages, and a line "=== <file>" before each file.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readFile } from "node:fs/promises";

for (const file of process.argv.slice(2)) {
  const data = new Uint8Array(await readFile(file));
  const pdf = await getDocument({ data, verbosity: 0, useSystemFonts: false, isEvalSupported: false }).promise;
  let out = `=== ${file}\n`;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ("str" in item) out += item.str + (item.hasEOL ? "\n" : "");
    }
    out += "\f";
  }
  process.stdout.write(out + "\n");
  await pdf.destroy();
}
