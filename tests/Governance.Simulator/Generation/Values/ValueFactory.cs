using Governance.Simulator.Generation.Schemas;

namespace Governance.Simulator.Generation.Values;

/// <summary>What one sample record is about: who, what, where and when.</summary>
internal sealed record RecordContext(Customer Customer, Article Article, string StoreId, DateTimeOffset Timestamp, long Offset);

/// <summary>Builds a plausible value for a record spec from the pools, field by field, by meaning.</summary>
internal sealed class ValueFactory(Random random, Pools pools)
{
    private static readonly string[] Reasons = ["customer request", "out of stock", "payment declined", "address invalid", "duplicate", "timeout", "fraud suspicion", "price mismatch"];
    private static readonly string[] Words = ["summer", "black-friday", "weekend", "clearance", "new-in", "bundle", "flash", "member-deal", "back-to-school", "xmas"];
    private static readonly string[] Currencies = ["EUR", "EUR", "EUR", "EUR", "CHF"];

    // Short free texts (chat messages, notes, descriptions); a fixed list is much cheaper than Bogus' lorem.
    private static readonly string[] Texts =
    [
        "Is this available in size M?", "Love the colour, ordering now!", "How long does delivery take?", "Does it come with a warranty?",
        "Can I pick it up in store tomorrow?", "Just ordered two of them", "What is the battery life?", "Is there a discount for members?",
        "Please call me back about my order", "Parcel arrived damaged", "Great show today, thanks!", "Will it be back in stock?",
        "Gift wrapping please", "Wrong item delivered", "Price on the shelf differs from the till", "Can I return it without the receipt?",
        "Any vegan options?", "Does it fit a 15 inch laptop?", "Leave at the neighbour's door", "Customer asked for an invoice copy",
    ];

    public Pools Pools => pools;

    public RecordContext NewContext(string storeId, DateTimeOffset timestamp, long offset) => new(
        pools.Customers[random.Next(pools.Customers.Count)],
        pools.Articles[random.Next(pools.Articles.Count)],
        storeId,
        timestamp,
        offset);

    public Dictionary<string, object?> Create(RecordSpec record, int version, RecordContext context, bool isRoot = true)
    {
        var value = new Dictionary<string, object?>(record.Fields.Count, StringComparer.Ordinal);
        foreach (var field in record.FieldsAt(isRoot ? version : 1))
        {
            value[field.Name] = field.Optional && random.Next(10) < 3 ? null : Create(field, context);
        }

        return value;
    }

    private object Create(FieldSpec field, RecordContext c)
    {
        switch (field.Type)
        {
            case FieldType.Record:
                return Create(field.Record!, 1, c, isRoot: false);
            case FieldType.Array:
                var count = 1 + random.Next(3);
                var items = new List<object?>(count);
                for (var i = 0; i < count; i++)
                {
                    // Each line of an order is about another article.
                    items.Add(Create(field.Items!, c with { Article = pools.Articles[random.Next(pools.Articles.Count)] }));
                }

                return items;
            case FieldType.Enum:
                return field.Symbols![random.Next(field.Symbols.Count)];
            case FieldType.Timestamp:
                return c.Timestamp.AddMilliseconds(-random.Next(5_000));
            case FieldType.Date:
                return field.Semantic == Semantic.BirthDate ? c.Customer.BirthDate : DateOnly.FromDateTime(c.Timestamp.UtcDateTime);
            case FieldType.Boolean:
                return random.Next(2) == 0;
            case FieldType.Int:
                return field.Semantic switch
                {
                    Semantic.Quantity => 1 + random.Next(5),
                    Semantic.Points => random.Next(10, 2_000),
                    _ => random.Next(1, 10_000),
                };
            case FieldType.Long:
                return field.Semantic switch
                {
                    Semantic.Sequence or Semantic.Id => c.Offset,
                    Semantic.Timestamp => c.Timestamp.ToUnixTimeMilliseconds(),
                    Semantic.Points => (long)random.Next(10, 5_000),
                    Semantic.Quantity => (long)random.Next(0, 400),
                    Semantic.Amount or Semantic.Price => (long)(c.Article.Price * 100),
                    _ => random.NextInt64(1, 1_000_000),
                };
            case FieldType.Double:
                return field.Semantic switch
                {
                    Semantic.Price => c.Article.Price,
                    Semantic.Amount => Math.Round(c.Article.Price * (1 + random.Next(4)), 2),
                    Semantic.Percentage => random.Next(3) == 0 ? 7.0 : 19.0,
                    Semantic.Score => Math.Round(random.NextDouble(), 4),
                    Semantic.Latitude => Math.Round(47.3 + random.NextDouble() * 7.7, 5),
                    Semantic.Longitude => Math.Round(5.9 + random.NextDouble() * 9.1, 5),
                    _ => Math.Round(random.NextDouble() * 1_000, 2),
                };
            case FieldType.String:
                return String(field.Semantic, c);
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, null);
        }
    }

    /// <summary>A version-4 UUID string from the seeded generator.</summary>
    private string RandomUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    private string String(Semantic semantic, RecordContext c) => semantic switch
    {
        Semantic.Id => RandomUuid(),
        Semantic.CustomerId => c.Customer.Id,
        Semantic.MemberId => "M" + c.Customer.Id[1..],
        Semantic.OrderId => $"O-{c.Timestamp:yyyyMMdd}-{random.Next(1_000_000):D6}",
        Semantic.PaymentId => $"pay_{Pools.Token(random, 18)}",
        Semantic.ArticleId => c.Article.Id,
        Semantic.StoreId => c.StoreId,
        Semantic.SessionId => $"live-{c.Timestamp:yyyyMMdd}-{random.Next(100):D2}",
        Semantic.Email => c.Customer.Email,
        Semantic.Phone => c.Customer.Phone,
        Semantic.FullName => $"{c.Customer.FirstName} {c.Customer.LastName}",
        Semantic.FirstName => c.Customer.FirstName,
        Semantic.LastName => c.Customer.LastName,
        Semantic.UserHandle => c.Customer.UserHandle,
        Semantic.LoyaltyCard => c.Customer.LoyaltyCard,
        Semantic.CardToken => c.Customer.CardToken,
        Semantic.IpAddress => c.Customer.IpAddress,
        Semantic.DeviceId => c.Customer.DeviceId,
        Semantic.Street => c.Customer.Street,
        Semantic.HouseNumber => c.Customer.HouseNumber,
        Semantic.PostalCode => c.Customer.PostalCode,
        Semantic.City => c.Customer.City,
        Semantic.Country => c.Customer.Country,
        Semantic.Currency => Currencies[random.Next(Currencies.Length)],
        Semantic.Gtin => c.Article.Gtin,
        Semantic.ProductName => c.Article.Name,
        Semantic.Brand => c.Article.Brand,
        Semantic.Category => c.Article.Category,
        Semantic.Text => Texts[random.Next(Texts.Length)],
        Semantic.Reason => Reasons[random.Next(Reasons.Length)],
        Semantic.Url => $"https://www.retail.example/p/{c.Article.Id.ToLowerInvariant()}",
        Semantic.Flag => random.Next(2) == 0 ? "Y" : "N",
        Semantic.ChangeOp => "cuur"[random.Next(4)].ToString(),
        _ => Words[random.Next(Words.Length)],
    };
}
