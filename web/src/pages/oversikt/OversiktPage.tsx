import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "wouter";

export default function OversiktPage() {
  return (
    <>
      <Heading level={1} data-size="lg">
        Oversikt
      </Heading>
      <Paragraph>
        <Link href="/partnerskap">Partnerskap</Link>: hvilke universiteter og høgskoler som støtter hvilke nettverk, og
        gjennom hvem.
      </Paragraph>
    </>
  );
}
