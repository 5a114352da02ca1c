import { Card, Heading } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Link } from "wouter";

export function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card data-color="neutral" className="panel">
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      {children}
    </Card>
  );
}

/** A number that links to the page that shows it. */
export function Figure({ value, label, href }: { value: number; label: string; href: string }) {
  return (
    <Link href={href} className="figure">
      <span className="figure-value">{value}</span> <span className="figure-label">{label}</span>
    </Link>
  );
}
