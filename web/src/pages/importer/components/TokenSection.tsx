import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { type FormEvent, useState } from "react";

/** The editor's token: kept for this tab, or asked for. */
export function TokenSection(props: { token: string; keep: (token: string) => void; forget: () => void }) {
  return (
    <section aria-labelledby="nokkel">
      <Heading level={2} data-size="sm" id="nokkel">
        Nøkkel
      </Heading>
      {props.token ? (
        <div className="token-kept">
          <Paragraph>Redaktørnøkkelen er lagret for denne fanen.</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={props.forget}>
            Glem nøkkelen
          </Button>
        </div>
      ) : (
        <TokenForm keep={props.keep} />
      )}
    </section>
  );
}

function TokenForm({ keep }: { keep: (token: string) => void }) {
  const [value, setValue] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) keep(value);
  };
  return (
    <form onSubmit={submit} className="token-form">
      <Textfield
        label="Redaktørnøkkel"
        description="Nøkkelen (JWT) du har fått som redaktør. Den huskes bare i denne fanen, og glemmes når fanen lukkes."
        type="password"
        autoComplete="off"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit">Bruk nøkkelen</Button>
    </form>
  );
}
