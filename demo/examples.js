// Renders every element's named examples, the ones the tests run
// (test/components/<name>.examples.ts, TypeScript served by the dev server).
import '/dist/esm/index.js';

const ELEMENTS = ['a11y-bar', 'font-size', 'color-scheme', 'letter-spacing', 'line-spacing', 'font-family', 'images', 'motion', 'news-card', 'links-footer'];

const gallery = document.getElementById('gallery');
const toc = document.getElementById('toc');
const make = (tag, text) => {
  const el = document.createElement(tag);
  if (text) el.textContent = text;
  return el;
};

for (const name of ELEMENTS) {
  const { examples } = await import(`/test/components/${name}.examples.ts`);
  const section = gallery.appendChild(make('section'));
  section.id = name;
  section.append(make('h2', `<oxu-${name}>`));
  const link = toc.appendChild(make('li')).appendChild(make('a', `<oxu-${name}>`));
  link.href = `#${name}`;
  for (const example of examples) {
    const figure = section.appendChild(make('figure'));
    figure.className = 'example';
    const caption = figure.appendChild(make('figcaption'));
    caption.append(make('strong', example.name));
    if (example.description) caption.append(make('p', example.description));
    figure.appendChild(make('pre')).appendChild(make('code', example.html.trim()));
    // The examples are this project's own markup, not visitors' input.
    figure.appendChild(make('div')).innerHTML = example.html;
  }
}
