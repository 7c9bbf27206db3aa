using System.Text;

namespace Governance.Web.Contracts.Enforcement;

/// <summary>
/// Recognises field names that look like personal or payment data: e-mail addresses, phone numbers,
/// card numbers, bank accounts, postal addresses, birth dates, people's names and national
/// identifiers. Names are split into words (<c>customerEmail</c>, <c>customer_email</c>,
/// <c>customer-email</c> → customer, email) and matched word by word, so <c>product_name</c> or
/// <c>mailbox_size</c> do not match while <c>first_name</c> and <c>loyalty_card_number</c> do.
/// </summary>
internal static class PiiFieldNames
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "email", "mail", "phone", "telephone", "mobile", "msisdn", "fax", "card", "pan", "cvv", "cvc", "iban",
        "address", "addr", "street", "zip", "zipcode", "postcode", "postal", "postalcode", "birth", "birthday", "birthdate", "dob",
        "firstname", "lastname", "surname", "fullname", "forename", "givenname", "middlename", "maidenname",
        "ssn", "passport", "nationalid", "taxid", "nino", "cardholder",
    };

    // Words that name a person's name or an identifier only together with the word after them.
    private static readonly Dictionary<string, string[]> Pairs = new(StringComparer.Ordinal)
    {
        ["first"] = ["name"],
        ["last"] = ["name"],
        ["full"] = ["name"],
        ["given"] = ["name"],
        ["family"] = ["name"],
        ["middle"] = ["name"],
        ["maiden"] = ["name"],
        ["customer"] = ["name"],
        ["house"] = ["number"],
        ["credit"] = ["card"],
        ["tax"] = ["id", "number"],
        ["national"] = ["id", "number"],
        ["social"] = ["security"],
        ["account"] = ["number"],
    };

    /// <summary>Whether <paramref name="name"/> (one field name, not a path) looks like personal or payment data.</summary>
    public static bool LooksPersonal(string name)
    {
        var words = Split(name);
        for (var i = 0; i < words.Count; i++)
        {
            if (Words.Contains(words[i]) || (i + 1 < words.Count && Pairs.TryGetValue(words[i], out var next) && next.Contains(words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case words of a name: split at non-letters and digits, and before an upper-case letter that follows a lower-case one.</summary>
    internal static List<string> Split(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetter(c))
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1]))))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
