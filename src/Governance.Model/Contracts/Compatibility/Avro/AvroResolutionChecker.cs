using static Governance.Model.Contracts.Compatibility.AvroBreakingChangeKinds;

namespace Governance.Model.Contracts.Compatibility.Avro;

/// <summary>
/// The Avro specification's "Schema Resolution" rules as a check: can a reader schema read every datum a writer
/// schema can produce? Findings carry locations relative to the pair being resolved, so the result of a
/// (reader, writer) pair is computed once and reused wherever the pair recurs; a pair met again while it is still
/// being resolved is a recursive type and is taken as compatible (what the rest of the pair proves decides).
/// </summary>
internal sealed class AvroResolutionChecker(RoleLabels labels)
{
    private readonly Dictionary<(AvroType Reader, AvroType Writer), IReadOnlyList<Incompatibility>?> _resolved = [];
    private readonly string _reader = labels.Reader;
    private readonly string _writer = labels.Writer;

    /// <summary>Every reason <paramref name="reader"/> cannot read <paramref name="writer"/>'s data; empty when it can.</summary>
    public IReadOnlyList<Incompatibility> Check(AvroType reader, AvroType writer) =>
        Resolve(reader, writer).Select(i => i with { Location = "$" + i.Location }).ToList();

    private IReadOnlyList<Incompatibility> Resolve(AvroType reader, AvroType writer)
    {
        var pair = (reader, writer);
        if (_resolved.TryGetValue(pair, out var known))
        {
            return known ?? [];
        }

        _resolved[pair] = null;
        var found = Compute(reader, writer).ToList();
        _resolved[pair] = found;
        return found;
    }

    private IEnumerable<Incompatibility> Compute(AvroType reader, AvroType writer)
    {
        if (writer is AvroUnion writerUnion)
        {
            // Any branch may have been written, so every branch must be readable.
            return reader is AvroUnion readerUnion
                ? writerUnion.Branches.SelectMany(b => ResolveIntoUnion(readerUnion, b))
                : writerUnion.Branches.SelectMany(b => ResolveUnionBranch(reader, b, writerUnion));
        }

        if (reader is AvroUnion union)
        {
            return ResolveIntoUnion(union, writer);
        }

        if (reader.Kind == writer.Kind)
        {
            return ResolveSameKind(reader, writer);
        }

        return IsPromotion(writer.Kind, reader.Kind)
            ? []
            : [Found(TypeMismatch, $"{Cap(_writer)} has {writer.Display} here but {_reader} has {reader.Display}, "
                + $"and Avro cannot read {writer.Display} data as {reader.Display}.")];
    }

    private IEnumerable<Incompatibility> ResolveSameKind(AvroType reader, AvroType writer)
    {
        switch (reader)
        {
            case AvroNamedType named when !NamesMatch(named, (AvroNamedType)writer):
                return [Found(NameMismatch, $"{Cap(_writer)} has {writer.Display} here but {_reader} has {reader.Display}; "
                    + "named types match only by full name or by an alias of the reader's type.")];
            case AvroRecord record:
                return ResolveFields(record, (AvroRecord)writer);
            case AvroEnum enumType:
                return ResolveSymbols(enumType, (AvroEnum)writer);
            case AvroFixed fixedType when fixedType.Size != ((AvroFixed)writer).Size:
                return [Found(FixedSizeMismatch, $"{Cap(_writer)} has {writer.Display} of {((AvroFixed)writer).Size} bytes "
                    + $"but {_reader} expects {fixedType.Size} bytes.")];
            case AvroArray array:
                return Under("[*]", Resolve(array.Items, ((AvroArray)writer).Items));
            case AvroMap map:
                return Under(".*", Resolve(map.Values, ((AvroMap)writer).Values));
            default:
                return ResolveDecimal(reader, writer);
        }
    }

    private IEnumerable<Incompatibility> ResolveFields(AvroRecord reader, AvroRecord writer)
    {
        foreach (var field in reader.Fields)
        {
            var source = writer.Fields.FirstOrDefault(f => f.Name == field.Name)
                ?? writer.Fields.FirstOrDefault(f => field.Aliases.Contains(f.Name));
            if (source is not null)
            {
                foreach (var found in Under("." + field.Name, Resolve(field.Type, source.Type)))
                {
                    yield return found;
                }
            }
            else if (!field.HasDefault)
            {
                yield return new Incompatibility(ReaderFieldMissingDefaultValue, "." + field.Name,
                    $"Field '{field.Name}' of {reader.Display} is in {_reader} without a default value but not in {_writer}, "
                    + $"so {_reader} has no value for it.");
            }
        }
    }

    private IEnumerable<Incompatibility> ResolveSymbols(AvroEnum reader, AvroEnum writer)
    {
        var unknown = writer.Symbols.Where(s => !reader.Symbols.Contains(s)).ToList();
        return unknown.Count == 0 || reader.DefaultSymbol is not null
            ? []
            : [Found(MissingEnumSymbols, $"{Cap(_writer)} can write {Plural(unknown.Count, "symbol")} "
                + $"{string.Join(", ", unknown)} of {writer.Display}, which {_reader} does not have, "
                + $"and {_reader} declares no enum default to read {(unknown.Count == 1 ? "it" : "them")} as.")];
    }

    private IEnumerable<Incompatibility> ResolveDecimal(AvroType reader, AvroType writer)
    {
        if (reader.Decimal is not { } r || writer.Decimal is not { } w)
        {
            return [];
        }

        if (r.Scale != w.Scale)
        {
            return [Found(DecimalScaleMismatch, $"{Cap(_writer)} writes {writer.Display} but {_reader} reads {reader.Display}; "
                + "a different scale gives the same bytes a different value.")];
        }

        return r.Precision < w.Precision
            ? [Found(DecimalPrecisionNarrowed, $"{Cap(_writer)} writes {writer.Display} but {_reader} reads {reader.Display}, "
                + "whose smaller precision cannot hold every written value.")]
            : [];
    }

    /// <summary>A writer type (or union branch) against a reader union: the first branch that resolves reads it.</summary>
    private IEnumerable<Incompatibility> ResolveIntoUnion(AvroUnion reader, AvroType writer)
    {
        if (reader.Branches.Any(b => Resolve(b, writer).Count == 0))
        {
            return [];
        }

        // A branch of the same type that fails to resolve explains more than "no branch": report why it fails.
        var sameType = reader.Branches.FirstOrDefault(b => b.Kind == writer.Kind
            && (b is not AvroNamedType named || NamesMatch(named, (AvroNamedType)writer)));
        return sameType is not null
            ? Resolve(sameType, writer)
            : [Found(MissingUnionBranch, $"{Cap(_writer)} can write {writer.Display} here, "
                + $"but {reader.Display} in {_reader} has no branch that reads it.")];
    }

    /// <summary>A branch of the writer's union against a reader that is not a union.</summary>
    private IEnumerable<Incompatibility> ResolveUnionBranch(AvroType reader, AvroType branch, AvroUnion writer) =>
        Resolve(reader, branch).Select(found => found.Location.Length == 0 && found.Kind == TypeMismatch
            ? found with
            {
                Description = $"{Cap(_writer)} has {writer.Display} here but {_reader} has {reader.Display}, "
                    + $"which cannot read the {branch.Display} branch.",
            }
            : found);

    private static bool NamesMatch(AvroNamedType reader, AvroNamedType writer) =>
        reader.FullName == writer.FullName || reader.Aliases.Contains(writer.FullName);

    /// <summary>The specification's promotions: int to long, float or double; long to float or double; float to double; string and bytes both ways.</summary>
    private static bool IsPromotion(AvroKind writer, AvroKind reader) => (writer, reader) switch
    {
        (AvroKind.Int, AvroKind.Long or AvroKind.Float or AvroKind.Double) => true,
        (AvroKind.Long, AvroKind.Float or AvroKind.Double) => true,
        (AvroKind.Float, AvroKind.Double) => true,
        (AvroKind.String, AvroKind.Bytes) or (AvroKind.Bytes, AvroKind.String) => true,
        _ => false,
    };

    private static IEnumerable<Incompatibility> Under(string segment, IEnumerable<Incompatibility> found) =>
        found.Select(i => i with { Location = segment + i.Location });

    private static Incompatibility Found(string kind, string description) => new(kind, "", description);

    private static string Cap(string label) => char.ToUpperInvariant(label[0]) + label[1..];

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
