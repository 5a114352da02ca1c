import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * A wide table's frame, scrolled sideways when the screen is narrower than the table. While it
 * scrolls it takes focus and is named, so that the keyboard can scroll it too (axe's
 * scrollable-region-focusable); when the table fits, it is no extra stop on the way.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={frame}
      className="table-scroll ds-focus"
      {...(scrolls ? { role: "region", "aria-label": label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
