// Embeds load only when the reader asks: the placeholder (scripts/content/embeds.ts) names the
// platform and links to it; this shows its button and, on a press (mouse, touch, Enter or Space),
// puts the platform's iframe in the box. Before that the page has asked the platform for nothing.
for (const button of document.querySelectorAll('button.embed-load[data-embed-src]')) button.hidden = false;
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.embed-load[data-embed-src]') : null;
  const box = button && button.closest('.embed-box');
  if (!box) return;
  const frame = document.createElement('iframe');
  frame.src = button.getAttribute('data-embed-src');
  frame.title = button.getAttribute('data-embed-title') || '';
  frame.className = 'embed-frame';
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.allowFullscreen = true;
  frame.setAttribute('allow', 'fullscreen; picture-in-picture');
  // Its own scripts and cookies (a video must play), pop-ups to open the platform; no top navigation.
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation');
  const link = box.querySelector('.embed-text');
  box.replaceChildren(frame, ...(link ? [link] : []));
  box.classList.add('embed-loaded');
  frame.focus();
});
