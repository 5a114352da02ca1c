import { EXPERIMENTAL_Suggestion as Suggestion, Field, Label, ValidationMessage } from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";
import { type Searchable, useChoices, useName, useRememberName } from "./filter-queries";
import "./SearchFilter.css";

/** How a missing id is said, per list: "Det finnes ikke noe nettverk …. Velg et annet …" */
const noSuch: Record<Searchable, [string, string]> = {
  network: ["noe nettverk", "et annet"],
  initiative: ["noe tiltak", "et annet"],
  institution: ["noen institusjon", "en annen"],
  person: ["noen person", "en annen"],
};

const holds = (name: string, text: string) =>
  name.toLocaleLowerCase("nb").includes(text.trim().toLocaleLowerCase("nb"));

/** The text the list is asked for, once typing pauses: a request per pause, not per key. */
function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), 200);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

/**
 * A choice from a list too long to offer whole (networks, initiatives, institutions, people):
 * type part of a name, and the API answers with the first matches. The value is an id, as in the
 * address; its name is looked up, and an id that does not exist is said to be missing.
 * "" is the choice of all (allLabel, shown in the empty field).
 */
export function SearchFilter(props: {
  kind: Searchable;
  label: string;
  value: string;
  onChange: (id: string) => void;
  allLabel: string;
}) {
  const [text, setText] = useState("");
  const [used, setUsed] = useState(false);
  const settled = useSettled(text.trim());
  const choices = useChoices(props.kind, settled, used);
  const chosen = useName(props.kind, props.value);
  const remember = useRememberName();
  const chosenName = chosen.data?.name ?? props.value;
  const missing = props.value !== "" && chosen.isSuccess && chosen.data === null;
  const found = choices.data;
  // Until the answer for what is typed has come, the last answer stays, narrowed by the list's own
  // filter to the names that hold the text: never a stale name to pick with Enter.
  const searching = choices.isFetching || text.trim() !== settled;
  const more = !searching && found !== undefined && found.total > found.names.length;
  return (
    <Field className="filter search-filter">
      <Label>{props.label}</Label>
      <Suggestion
        // Shown again once the name of an id from the address has come, for the field to show it.
        key={chosen.isLoading ? "loading" : "ready"}
        data-size="sm"
        data-sr-plural={more ? `%d av ${found.total} forslag, skriv mer for å finne flere` : "%d forslag"}
        // What is typed narrows the list; the chosen name, as the field shows it, does not.
        filter={({ label, input }) => input.value === chosenName || holds(label, input.value)}
        selected={props.value ? { value: props.value, label: chosenName } : null}
        onSelectedChange={(item) => {
          if (item) remember(props.kind, { id: item.value, name: item.label });
          setText("");
          props.onChange(item?.value ?? "");
        }}
      >
        <Suggestion.Input
          placeholder={props.allLabel}
          aria-invalid={missing || undefined}
          onFocus={() => setUsed(true)}
          // Only what the user types: the field's own updates (the chosen name) are not a search.
          onInput={(event) => event.nativeEvent.isTrusted && setText(event.currentTarget.value)}
        />
        <Suggestion.Clear />
        <Suggestion.List>
          <Suggestion.Empty>
            {choices.isError ? "Kunne ikke hente forslag. Prøv igjen." : searching ? "Søker …" : "Ingen treff"}
          </Suggestion.Empty>
          {found?.names.map((n) => (
            <Suggestion.Option key={n.id} value={n.id} label={n.name}>
              {n.name}
            </Suggestion.Option>
          ))}
          {/* Said to screen readers with the number of suggestions (data-sr-plural, above). */}
          {more && (
            <div className="suggestion-more" aria-hidden="true">
              Viser {found.names.length} av {found.total}. Skriv mer for å finne flere.
            </div>
          )}
        </Suggestion.List>
      </Suggestion>
      {missing && (
        <ValidationMessage>
          Det finnes ikke {noSuch[props.kind][0]} med id «{props.value}». Velg {noSuch[props.kind][1]}, eller tøm
          feltet.
        </ValidationMessage>
      )}
    </Field>
  );
}
