/**
 * Embla Carousel 8 (bundled by carousel-run.mjs): Embla adds behaviour to
 * markup the page provides, so the timed part builds the same 20 stories as
 * slides (3 per view through CSS), previous/next buttons and one dot per
 * snap, and wires them as Embla's documentation does.
 */
import EmblaCarousel from 'embla-carousel';
import {storyHtml} from './data.mjs';

export function render(stage, feed) {
  const root = document.createElement('section');
  root.className = 'embla';
  root.setAttribute('aria-label', feed.title.en);
  root.innerHTML =
    `<h2>${feed.title.en}</h2><div class="embla__viewport"><ul class="embla__container">${feed.stories.map((story) => storyHtml(story, 'li', 'embla__slide')).join('')}</ul></div>` +
    '<div class="embla__controls"><button type="button" class="embla__prev">Previous story</button><div class="embla__dots"></div><button type="button" class="embla__next">Next story</button></div>';
  stage.append(root);
  const embla = EmblaCarousel(root.querySelector('.embla__viewport'), {align: 'start', containScroll: 'trimSnaps'});
  const dots = root.querySelector('.embla__dots');
  dots.innerHTML = embla
    .scrollSnapList()
    .map((_, i) => `<button type="button" class="embla__dot" aria-label="Go to story ${i + 1}"></button>`)
    .join('');
  const dotButtons = [...dots.children];
  dotButtons.forEach((dot, i) => dot.addEventListener('click', () => embla.scrollTo(i)));
  root.querySelector('.embla__prev').addEventListener('click', () => embla.scrollPrev());
  root.querySelector('.embla__next').addEventListener('click', () => embla.scrollNext());
  const select = () => {
    const current = embla.selectedScrollSnap();
    dotButtons.forEach((dot, i) => dot.toggleAttribute('aria-current', i === current));
    root.querySelector('.embla__prev').disabled = !embla.canScrollPrev();
    root.querySelector('.embla__next').disabled = !embla.canScrollNext();
  };
  embla.on('select', select);
  select();
  return root;
}

export const isComplete = (stage, root) => root.querySelectorAll('.embla__dot').length > 0;
