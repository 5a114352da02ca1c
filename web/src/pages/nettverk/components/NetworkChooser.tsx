import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useLocation } from "wouter";
import { FilterBar } from "../../../shared/FilterControls";
import { SearchFilter } from "../../../shared/SearchFilter";

export function NetworkChooser() {
  const [, navigate] = useLocation();
  return (
    <>
      <Heading level={1} data-size="lg">
        Nettverkskort
      </Heading>
      <Paragraph>Velg et nettverk for å se kommunene, partnerne, personene, tiltakene og de neste møtene.</Paragraph>
      <FilterBar>
        <SearchFilter
          kind="network"
          label="Nettverk"
          value=""
          allLabel="Skriv navnet på nettverket"
          onChange={(id) => id && navigate(`/nettverk/${id}`)}
        />
      </FilterBar>
    </>
  );
}
