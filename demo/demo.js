// The demo page's own behaviour: the Cymraeg / English switch. It sets <html lang>;
// every profiad element on the page follows it live. (External file: the page's
// Content Security Policy forbids inline script.)
const buttons = document.querySelectorAll('[data-set-lang]');

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-en]')) {
    element.textContent = element.getAttribute(`data-${lang}`);
  }
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.setLang === lang));
  try {
    localStorage.setItem('profiad-demo-lang', lang);
  } catch {
    // Storage can be blocked; the switch still works for this visit.
  }
}

for (const button of buttons) button.addEventListener('click', () => setLanguage(button.dataset.setLang));

let saved = null;
try {
  saved = localStorage.getItem('profiad-demo-lang');
} catch {
  saved = null;
}
const fromUrl = new URLSearchParams(location.search).get('lang');
setLanguage(fromUrl === 'cy' || fromUrl === 'en' ? fromUrl : saved === 'cy' ? 'cy' : 'en');
