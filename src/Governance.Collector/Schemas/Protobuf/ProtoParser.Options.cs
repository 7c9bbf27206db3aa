namespace Governance.Collector.Schemas.Protobuf;

// Option syntax: field options, option statements and text-format values, and the Confluent field metadata.
internal sealed partial class ProtoParser
{
    /// <summary><c>[ name = value, ... ]</c> after a field; keeps the Confluent field metadata.</summary>
    private void ParseFieldOptions(ProtoField field)
    {
        if (!Accept("["))
        {
            return;
        }

        do
        {
            var name = ParseOptionName();
            Expect("=", $"'=' after option '{name}'");
            var value = ParseOptionValue();
            ApplyFieldMeta(field, name, value);
        }
        while (Accept(","));

        Expect("]", $"']' or ',' after the options of field '{field.Name}'");
    }

    /// <summary>
    /// Confluent's <c>confluent/meta.proto</c> field options: <c>[(confluent.field_meta).tags = "PII"]</c> or
    /// <c>[(confluent.field_meta) = { tags: ["PII"], doc: "..." }]</c>.
    /// </summary>
    private static void ApplyFieldMeta(ProtoField field, string name, ProtoOptionValue value)
    {
        switch (name)
        {
            case "(confluent.field_meta)":
                foreach (var entry in ((value as ProtoAggregate)?.Entries ?? []).Where(e => e.Key == "tags"))
                {
                    field.Tags.AddRange(Scalars(entry.Value));
                }

                if (Find(value, "doc") is ProtoScalar metaDoc)
                {
                    field.Description = metaDoc.Text;
                }

                break;
            case "(confluent.field_meta).tags":
                field.Tags.AddRange(Scalars(value));
                break;
            case "(confluent.field_meta).doc" when value is ProtoScalar fieldDoc:
                field.Description = fieldDoc.Text;
                break;
        }
    }

    private static IEnumerable<string> Scalars(ProtoOptionValue value) => value switch
    {
        ProtoScalar scalar => [scalar.Text],
        ProtoList list => list.Items.OfType<ProtoScalar>().Select(s => s.Text),
        _ => [],
    };

    private static ProtoOptionValue? Find(ProtoOptionValue value, string key) =>
        value is ProtoAggregate aggregate ? aggregate.Entries.FirstOrDefault(e => e.Key == key).Value : null;

    private (string Name, ProtoOptionValue Value) ParseOptionStatement()
    {
        Next(); // option
        var name = ParseOptionName();
        Expect("=", $"'=' after option '{name}'");
        var value = ParseOptionValue();
        Expect(";", $"';' after option '{name}'");
        return (name, value);
    }

    /// <summary>An option name normalised to e.g. <c>(confluent.field_meta).tags</c> or <c>deprecated</c>.</summary>
    private string ParseOptionName()
    {
        var parts = new List<string>();
        do
        {
            if (Accept("("))
            {
                var extension = ParseTypeName("an option extension name").TrimStart('.');
                Expect(")", $"')' after option '({extension}'");
                parts.Add($"({extension})");
            }
            else
            {
                parts.Add(ExpectIdentifier("an option name"));
            }
        }
        while (Accept("."));

        return string.Join('.', parts);
    }

    private ProtoOptionValue ParseOptionValue()
    {
        var token = Current;
        if (token.Kind == ProtoTokenKind.Symbol && token.Text is "{" or "<")
        {
            Next();
            return ParseAggregate(token.Text == "{" ? "}" : ">");
        }

        if (token.Kind == ProtoTokenKind.Symbol && token.Text == "[")
        {
            Next();
            var items = new List<ProtoOptionValue>();
            while (!Accept("]"))
            {
                items.Add(ParseOptionValue());
                if (!Accept(",") && Current.Text != "]")
                {
                    throw Error(Current, "expected ',' or ']' in a list");
                }
            }

            return new ProtoList(items);
        }

        if (token.Kind == ProtoTokenKind.String)
        {
            // Adjacent string literals concatenate, as in C.
            var text = "";
            while (Current.Kind == ProtoTokenKind.String)
            {
                text += Next().Text;
            }

            return new ProtoScalar(text);
        }

        if (token.Kind == ProtoTokenKind.Symbol && token.Text is "-" or "+")
        {
            Next();
            var number = Current.Kind is ProtoTokenKind.Number or ProtoTokenKind.Identifier
                ? Next()
                : throw Error(Current, $"expected a number after '{token.Text}'");
            return new ProtoScalar(token.Text == "-" ? "-" + number.Text : number.Text);
        }

        if (token.Kind is ProtoTokenKind.Number or ProtoTokenKind.Identifier)
        {
            return new ProtoScalar(ParseTypeName("an option value")); // identifiers may be qualified enum values
        }

        throw Error(token, "expected an option value");
    }

    /// <summary>A text-format message: <c>key: value</c> or <c>key { ... }</c> entries, optionally separated by ',' or ';'.</summary>
    private ProtoAggregate ParseAggregate(string close)
    {
        var entries = new List<KeyValuePair<string, ProtoOptionValue>>();
        while (!Accept(close))
        {
            if (Current.Kind == ProtoTokenKind.End)
            {
                throw Error(Current, $"expected '{close}' to close an option value");
            }

            string key;
            if (Accept("["))
            {
                key = "[" + ParseTypeName("an extension name") + "]";
                Expect("]", "']' after an extension name");
            }
            else
            {
                key = ExpectIdentifier("a field name in an option value");
            }

            var hasColon = Accept(":");
            if (!hasColon && Current.Text is not ("{" or "<"))
            {
                throw Error(Current, $"expected ':' after '{key}' in an option value");
            }

            entries.Add(new(key, ParseOptionValue()));
            _ = Accept(",") || Accept(";");
        }

        return new ProtoAggregate(entries);
    }
}
