using Bogus;

namespace Governance.Simulator.Generation.Values;

/// <summary>A customer the sample records refer to; the same people recur across orders, payments and loyalty.</summary>
internal sealed record Customer(
    string Id,
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    string UserHandle,
    string Street,
    string HouseNumber,
    string PostalCode,
    string City,
    string Country,
    string LoyaltyCard,
    string CardToken,
    DateOnly BirthDate,
    string IpAddress,
    string DeviceId);

/// <summary>An article of the master data.</summary>
internal sealed record Article(string Id, string Gtin, string Name, string Brand, string Category, double Price);

/// <summary>Seeded pools of customers and articles, built once per generation.</summary>
internal sealed class Pools
{
    private static readonly string[] Countries = ["DE", "DE", "DE", "AT", "NL", "BE", "FR", "CH"];

    public Pools(Faker faker, Random random, int customers, int articles)
    {
        Customers = Enumerable.Range(0, customers).Select(i => NewCustomer(faker, random, i)).ToArray();
        Articles = Enumerable.Range(0, articles).Select(i => NewArticle(faker, random, i)).ToArray();
    }

    public IReadOnlyList<Customer> Customers { get; }
    public IReadOnlyList<Article> Articles { get; }

    private static Customer NewCustomer(Faker faker, Random random, int index)
    {
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        return new Customer(
            Id: $"C{10_000_000 + index * 7 + random.Next(7):D8}",
            FirstName: first,
            LastName: last,
            Email: faker.Internet.Email(first, last).ToLowerInvariant(),
            Phone: faker.Phone.PhoneNumber("+49 1## #######"),
            UserHandle: faker.Internet.UserName(first, last).ToLowerInvariant(),
            Street: faker.Address.StreetName(),
            HouseNumber: faker.Address.BuildingNumber(),
            PostalCode: faker.Address.ZipCode("#####"),
            City: faker.Address.City(),
            Country: Countries[random.Next(Countries.Length)],
            LoyaltyCard: $"LC{random.NextInt64(100_000_000_000, 999_999_999_999)}",
            CardToken: "tok_" + Token(random, 24),
            BirthDate: new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 55)),
            IpAddress: $"{random.Next(2, 223)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}",
            DeviceId: "dev-" + Token(random, 16));
    }

    private static Article NewArticle(Faker faker, Random random, int index)
    {
        var gtinBody = $"40{random.NextInt64(1_000_000_000, 9_999_999_999)}";
        return new Article(
            Id: $"A{1_000_000 + index * 13 + random.Next(13):D7}",
            Gtin: gtinBody + GtinCheckDigit(gtinBody),
            Name: faker.Commerce.ProductName(),
            Brand: faker.Company.CompanyName(0),
            Category: faker.Commerce.Department(1),
            Price: Math.Round(0.49 + random.NextDouble() * 199, 2));
    }

    /// <summary>GS1 check digit, so that the GTINs validate.</summary>
    private static int GtinCheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }

        return (10 - sum % 10) % 10;
    }

    public static string Token(Random random, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[r.Next(alphabet.Length)];
        });
    }

    /// <summary>Lower-case hex digits (an even count) from the seeded generator.</summary>
    public static string Hex(Random random, int length)
    {
        Span<byte> bytes = stackalloc byte[length / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
