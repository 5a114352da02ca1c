import { Field, Label, Select, Switch } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useFilterOptions } from "./filter-queries";
import { collator } from "./format";

interface Option {
  value: string;
  label: string;
}

/** A labelled choice; "" is the choice of all (allLabel), when the filter can be left open. */
export function SelectFilter(props: {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  allLabel?: string;
}) {
  return (
    <Field className="filter">
      <Label>{props.label}</Label>
      <Select value={props.value} onChange={(event) => props.onChange(event.target.value)} data-size="sm">
        {props.allLabel !== undefined && <Select.Option value="">{props.allLabel}</Select.Option>}
        {props.options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

export function SwitchFilter(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <Switch
      className="filter"
      data-size="sm"
      label={props.label}
      checked={props.checked}
      onChange={(event) => props.onChange(event.target.checked)}
    />
  );
}

export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <form className="filter-bar" aria-label="Filtre" onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}

/** The counties that have networks, by the name the analyses take; "" is all counties when allLabel is given. */
export function CountyFilter(props: { value: string; onChange: (county: string) => void; allLabel?: string }) {
  const options = useFilterOptions();
  const counties = [...new Set(options.data?.counties.flatMap((c) => c.networks.flatMap((n) => n.county ?? [])) ?? [])];
  return (
    <SelectFilter
      label="Fylke"
      value={props.value}
      options={counties.sort(collator.compare).map((c) => ({ value: c, label: c }))}
      onChange={props.onChange}
      {...(props.allLabel !== undefined ? { allLabel: props.allLabel } : {})}
    />
  );
}

/** The grant schemes; "" is all of them. */
export function SchemeFilter(props: { value: string; onChange: (scheme: string) => void }) {
  const options = useFilterOptions();
  return (
    <SelectFilter
      label="Ordning"
      value={props.value}
      allLabel="Alle ordninger"
      options={(options.data?.schemes ?? []).map((s) => ({ value: s.id, label: s.name }))}
      onChange={props.onChange}
    />
  );
}
