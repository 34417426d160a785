/**
 * A tree's content in a form where equal means "the same DOM to the user": elements with their
 * attributes sorted, adjacent text merged. Lit's comment markers and the whitespace-only text
 * between template lines are left out: they render nothing (every container they sit in here is
 * a flex box), and a hand-written baseline would not create them.
 */
export function canonical(node: Node): string {
  let out = '';
  let text = '';
  const flush = () => {
    if (text.trim()) out += JSON.stringify(text);
    text = '';
  };
  for (const child of node.childNodes) {
    if (child instanceof Text) {
      text += child.data;
    } else if (child instanceof Element) {
      flush();
      out += `<${child.localName}${attributes(child)}>${canonical(child)}</${child.localName}>`;
    }
  }
  flush();
  return out;
}

export function attributes(el: Element): string {
  return [...el.attributes]
    .map((a) => ` ${a.name}=${JSON.stringify(a.value)}`)
    .sort()
    .join('');
}

/** Where two serializations part, with some context, so a mismatch reads at a glance. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (a[i] === b[i]) i++;
  const around = (s: string) => `…${s.slice(Math.max(0, i - 60), i + 60)}…`;
  return `    card:  ${around(a)}\n    plain: ${around(b)}`;
}
