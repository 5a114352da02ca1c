import { defaultFieldResolver, GraphQLError, type GraphQLFieldConfig, GraphQLObjectType, GraphQLSchema } from "graphql";
import type { JWTPayload } from "jose";
import type { Context } from "./context.js";
import { isEditor } from "./auth.js";
import { asPublicError, notAnEditor } from "./public-errors.js";
import { idsInArguments } from "./ids-written.js";
import { type InputProblem, checkWriteInputs } from "./write-inputs.js";

const SHOWN = 5;

function refused(field: string, problems: InputProblem[]): GraphQLError {
  const shown = problems.slice(0, SHOWN).map((p) => `${p.field}: ${p.message}`);
  if (problems.length > SHOWN) shown.push(`and ${problems.length - SHOWN} more`);
  return new GraphQLError(`${field} was refused, and nothing was written: ${shown.join("; ")}`, {
    extensions: { code: "BAD_USER_INPUT", fields: problems.map((p) => p.field) },
  });
}

/**
 * The schema with every Mutation field's input checked before its resolver writes
 * (src/graphql/write-inputs.ts): texts and ids within their lengths, ids are slugs, texts
 * hold no passcode or meeting link. A refused field is a BAD_USER_INPUT error naming each
 * field at fault, and the operation's transaction is rolled back
 * (src/graphql/write-transaction.ts). Who may write is decided first, before any input is
 * read: a caller without the editor role is refused as the library would refuse it.
 * The wrapper also tells the transaction which node types the field writes and that it
 * finished, and gives a refusal its public code where only the request can decide it
 * (src/graphql/public-errors.ts: a token without the role, the id that is taken).
 */
export function guardMutations(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const mutation = config.mutation;
  if (!mutation) return schema;
  const fields = mutation.toConfig().fields;
  const guarded = new GraphQLObjectType({
    ...mutation.toConfig(),
    fields: Object.fromEntries(
      Object.entries(fields).map(([name, field]): [string, GraphQLFieldConfig<unknown, Context>] => {
        const resolve = field.resolve ?? defaultFieldResolver;
        const args = mutation.getFields()[name]?.args ?? [];
        return [
          name,
          {
            ...field,
            async resolve(source, values: Record<string, unknown>, context: Context, info) {
              const jwt = context.jwt as JWTPayload | undefined;
              try {
                // Decided before any input is read: a stranger's text never reaches a filter.
                if (!isEditor(jwt)) {
                  const { code, message } = notAnEditor(jwt);
                  throw new GraphQLError(message, { extensions: { code } });
                }
                const inputs = checkWriteInputs(args, values);
                if (inputs.problems.length > 0) throw refused(name, inputs.problems);
                for (const type of inputs.written) context.write?.written.add(type);
                const result: unknown = await resolve(source, values, context, info);
                context.write?.completed.push(String(info.path.key));
                return result;
              } catch (error) {
                throw asPublicError(error, { ...(jwt ? { jwt } : {}), idsWritten: () => idsInArguments(values) });
              }
            },
          },
        ];
      }),
    ),
  });
  return new GraphQLSchema({
    ...config,
    mutation: guarded,
    types: config.types.map((type) => (type === mutation ? guarded : type)),
  });
}
