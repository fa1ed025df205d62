/**
 * Registers a custom element once. Pages get profiad twice more often than
 * one would think (a site template and an editor's pasted <script>, or two
 * versions from two addresses): the second copy must not break the page
 * with "has already been used with this registry", so it steps aside and
 * says so in the console. The first copy's elements keep working.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === constructor) return;
  if (existing) {
    console.warn(`<${name}> is already defined by another copy of profiad on this page, which is the one used. Load profiad once per page.`);
    return;
  }
  customElements.define(name, constructor);
}
