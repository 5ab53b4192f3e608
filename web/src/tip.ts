// One shared tooltip for every element carrying data-tip (hover with a mouse, tap on a phone).
// Its text is set with textContent; it is positioned through the CSSOM, which the CSP allows.
let tip: HTMLElement | null = null;

function show(target: HTMLElement, x: number, y: number): void {
  tip ??= document.getElementById('tip');
  if (!tip) return;
  tip.textContent = target.dataset.tip ?? '';
  tip.hidden = false;
  const w = tip.offsetWidth, hgt = tip.offsetHeight;
  tip.style.left = `${Math.max(4, Math.min(x + 12, window.innerWidth - w - 8))}px`;
  tip.style.top = `${y + 16 + hgt > window.innerHeight ? y - hgt - 8 : y + 16}px`;
}

export function installTips(): void {
  const find = (e: Event) => (e.target instanceof Element ? (e.target.closest('[data-tip]') as HTMLElement | null) : null);
  document.addEventListener('mouseover', (e) => {
    const t = find(e);
    if (t) show(t, e.clientX, e.clientY);
    else if (tip) tip.hidden = true;
  });
  document.addEventListener('touchstart', (e) => {
    const t = find(e), p = e.touches[0];
    if (t && p) show(t, p.clientX, p.clientY);
    else if (tip) tip.hidden = true;
  }, { passive: true });
  window.addEventListener('hashchange', () => tip && (tip.hidden = true));
}
