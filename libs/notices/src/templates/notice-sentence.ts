/**
 * A fact written by staff or another module (a reason, a contact) as a whole sentence: capital
 * first letter, closing full stop, so templates can embed it whether or not it came with one.
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
