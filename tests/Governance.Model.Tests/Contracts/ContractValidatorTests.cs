using Governance.Model.Contracts.Compatibility;
using Governance.Model.Contracts;
using Governance.Model.Tests.Contracts.Odcs;

namespace Governance.Model.Tests.Contracts;

/// <summary>Each semantic check of <see cref="ContractValidator"/> names the ODCS path of the offending member.</summary>
public class ContractValidatorTests
{
    private static readonly DataContract Valid = SampleContracts.Full();

    private static ContractProblem Single(DataContract contract, ContractValidationOptions? options = null)
    {
        var problem = Assert.Single(ContractValidator.Validate(contract, options));
        Assert.Equal(ContractProblemKind.Invalid, problem.Kind);
        return problem;
    }

    /// <summary>The sample with field <paramref name="index"/> replaced by <paramref name="change"/> applied to it.</summary>
    private static DataContract WithField(int index, Func<ContractField, ContractField> change) =>
        Valid with { Fields = Valid.Fields.Select((f, i) => i == index ? change(f) : f).ToValueList() };

    [Fact]
    public void The_sample_contracts_are_valid()
    {
        Assert.Empty(ContractValidator.Validate(Valid));
        Assert.Empty(ContractValidator.Validate(SampleContracts.Minimal()));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("01.0.0")]
    [InlineData("")]
    public void The_version_must_be_semantic(string version) =>
        Assert.Equal("version", Single(Valid with { Version = version }).Path);

    [Fact]
    public void Id_and_status_are_checked()
    {
        Assert.Equal(("id", "the contract id must not be empty"), Pair(Single(Valid with { Id = " " })));
        Assert.Equal("status", Single(Valid with { Status = (ContractStatus)7 }).Path);
    }

    [Fact]
    public void Minimum_above_maximum()
    {
        var problem = Single(WithField(2, f => f with { Minimum = new ContractBound(500000m), Maximum = new ContractBound(10) }));

        Assert.Equal(("schema[0].properties[2].logicalTypeOptions.minimum", "minimum 500000 is greater than maximum 10"), Pair(problem));
    }

    [Fact]
    public void Equal_bounds_with_an_exclusive_end_leave_no_value()
    {
        var problem = Single(WithField(3, f => f with { Minimum = new ContractBound(5, Exclusive: true), Maximum = new ContractBound(5), AllowedValues = null }));

        Assert.Equal(("schema[0].properties[3].logicalTypeOptions.exclusiveMinimum", "the range from 5 to 5 excludes its only value"), Pair(problem));
    }

    [Fact]
    public void Date_and_time_bounds_are_compared_as_dates_and_times()
    {
        var dates = Single(WithField(7, f => f with { Minimum = new ContractBound("2030-01-01"), Maximum = new ContractBound("2029-12-31") }));
        var times = Single(WithField(8, f => f with { Minimum = new ContractBound("21:00:00") }));

        Assert.Equal("schema[0].properties[7].logicalTypeOptions.minimum", dates.Path);
        Assert.Equal(("schema[0].properties[8].logicalTypeOptions.minimum", "minimum '21:00:00' is greater than maximum '20:00:00'"), Pair(times));
    }

    [Fact]
    public void Bounds_must_suit_the_logical_type()
    {
        var onString = Single(WithField(0, f => f with { Maximum = new ContractBound(3) }));
        var textOnNumber = Single(WithField(2, f => f with { Maximum = new ContractBound("lots") }));

        Assert.Equal(("schema[0].properties[0].logicalTypeOptions.maximum", "a value range applies to integer, number, date, time and timestamp fields, not string"), Pair(onString));
        Assert.Equal(("schema[0].properties[2].logicalTypeOptions.maximum", "a bound of a number field must be a number, not 'lots'"), Pair(textOnNumber));
    }

    [Fact]
    public void A_pattern_must_be_a_regular_expression_on_a_string_field()
    {
        var invalid = Single(WithField(0, f => f with { Pattern = "^ORD-[0-9" }));
        var onInteger = Single(WithField(3, f => f with { Pattern = "^[0-9]+$" }));

        Assert.Equal("schema[0].properties[0].logicalTypeOptions.pattern", invalid.Path);
        Assert.StartsWith("'^ORD-[0-9' is not a valid regular expression", invalid.Message, StringComparison.Ordinal);
        Assert.Equal(("schema[0].properties[3].logicalTypeOptions.pattern", "pattern applies only to string fields, not integer"), Pair(onInteger));
    }

    [Fact]
    public void Lengths_must_be_ordered_and_not_negative()
    {
        Assert.Equal(("schema[0].properties[0].logicalTypeOptions.minLength", "minLength 12 is greater than maxLength 5"),
            Pair(Single(WithField(0, f => f with { MaxLength = 5 }))));
        Assert.Equal(("schema[0].properties[4].logicalTypeOptions.minLength", "minLength must not be negative (was -1)"),
            Pair(Single(WithField(4, f => f with { MinLength = -1 }))));
    }

    [Fact]
    public void Options_need_a_logical_type_and_a_fitting_format()
    {
        Assert.Equal(("schema[0].properties[12].logicalType", "logical type options (pattern, length, range, format) need a logical type"),
            Pair(Single(WithField(12, f => f with { Format = "uuid" }))));
        Assert.Equal("schema[0].properties[3].logicalTypeOptions.format", Single(WithField(3, f => f with { Format = "f32" })).Path);
        Assert.Equal("schema[0].properties[11].logicalTypeOptions.format", Single(WithField(11, f => f with { Format = "json" })).Path);
    }

    [Fact]
    public void Allowed_values_must_not_be_empty()
    {
        var problem = Single(WithField(1, f => f with { AllowedValues = [] }));

        Assert.Equal(("schema[0].properties[1].quality[0].arguments.validValues", "the list of allowed values is empty, so no value could ever be valid"), Pair(problem));
    }

    [Theory]
    [InlineData(3, 1000, "schema[0].properties[3].quality[0].arguments.validValues[4]", "allowed value 1000 contradicts the field's rules: it is above the maximum 1000")]
    [InlineData(3, 2.5, "schema[0].properties[3].quality[0].arguments.validValues[4]", "allowed value 2.5 contradicts the field's rules: it is not a whole number")]
    [InlineData(3, 2, "schema[0].properties[3].quality[0].arguments.validValues[4]", "allowed value 2 is listed twice")]
    public void Allowed_values_must_agree_with_the_other_rules(int field, double extra, string path, string message)
    {
        var problem = Single(WithField(field, f => f with { AllowedValues = f.AllowedValues!.Append(ContractValue.Of((decimal)extra)).ToValueList() }));

        Assert.Equal((path, message), Pair(problem));
    }

    [Fact]
    public void Allowed_strings_must_match_the_pattern_and_null_must_not_be_allowed_on_a_required_field()
    {
        var contract = WithField(0, f => f with { AllowedValues = ["ORD-00000001", "ord-1", ContractValue.Null] });

        var problems = ContractValidator.Validate(contract).Select(Pair).ToList();

        Assert.Equal(
            [
                ("schema[0].properties[0].quality[0].arguments.validValues[1]", "allowed value 'ord-1' contradicts the field's rules: its length 5 is outside minLength/maxLength"),
                ("schema[0].properties[0].quality[0].arguments.validValues[2]", "null is listed as allowed but the field is required"),
            ],
            problems);
        Assert.Equal("allowed value 'ord-xxxxxxxx' contradicts the field's rules: it does not match the pattern ^ORD-[0-9]{8}$",
            Single(WithField(0, f => f with { AllowedValues = ["ord-xxxxxxxx"] })).Message);
    }

    [Fact]
    public void Field_names_must_be_unique()
    {
        var problem = Single(WithField(5, f => f with { Name = "amount" }));

        Assert.Equal(("schema[0].properties[5].name", "duplicate field name 'amount' (also schema[0].properties[2])"), Pair(problem));
    }

    [Fact]
    public void A_rule_on_a_field_not_in_the_schema_is_dangling()
    {
        var rule = new ContractQualityRule { Name = "ghost", Expression = "true", Field = "discount" };

        var problem = Single(Valid with { QualityRules = Valid.QualityRules.Add(rule) });

        Assert.Equal(("schema[0].quality[1]", "the rule is declared on field 'discount', which is not in the schema"), Pair(problem));
    }

    [Fact]
    public void Quality_rules_need_a_unique_name_an_expression_and_a_known_severity()
    {
        var rules = Valid.QualityRules;

        Assert.Equal(("schema[0].properties[1].quality[2].name", "duplicate quality rule name 'paid_has_amount' (also schema[0].properties[1].quality[1])"),
            Pair(Single(Valid with { QualityRules = rules.Select((r, i) => i == 1 ? r with { Name = "paid_has_amount" } : r).ToValueList() })));
        Assert.Equal(("schema[0].quality[0].implementation", "a quality rule needs a CEL expression"),
            Pair(Single(Valid with { QualityRules = rules.Select((r, i) => i == 3 ? r with { Expression = " " } : r).ToValueList() })));
        Assert.Equal("schema[0].properties[6].quality[0].severity",
            Single(Valid with { QualityRules = rules.Select((r, i) => i == 2 ? r with { Severity = (QualitySeverity)9 } : r).ToValueList() }).Path);
    }

    [Fact]
    public void Fields_need_a_schema_object() =>
        Assert.Equal("schema", Single(Valid with { Dataset = null }).Path);

    [Theory]
    [InlineData(0, null, "customProperties[1].value", "pinned schema version 0 is not a version: versions start at 1")]
    [InlineData(3, "[2,4]", "customProperties[2].value", "a schema version is both pinned and given a range: keep one")]
    [InlineData(null, "[5,2]", "customProperties[1].value", "'[5,2]' contains no version: its lower end is above its upper end")]
    [InlineData(null, "2..5", "customProperties[1].value", "'2..5' is not a version range: write it as [min,max], [min,), (,max] or [exact]")]
    public void Schema_version_pins_and_ranges_are_checked(int? pinned, string? range, string path, string message)
    {
        var contract = Valid with { SchemaReference = new ContractSchemaReference { Subject = "s-value", PinnedVersion = pinned, VersionRange = range } };

        Assert.Equal((path, message), Pair(Single(contract)));
    }

    [Fact]
    public void Subjects_must_be_named_and_known_to_the_platform()
    {
        var options = new ContractValidationOptions { IsKnownSubject = subject => subject == "shop.orders.v1-value" };

        Assert.Empty(ContractValidator.Validate(Valid, options));
        Assert.Equal(("customProperties[0].value", "unknown Schema Registry subject 'typo-value'"),
            Pair(Single(Valid with { SchemaReference = Valid.SchemaReference! with { Subject = "typo-value" } }, options)));
        Assert.Equal(("customProperties[0].value", "the Schema Registry subject must not be empty"),
            Pair(Single(Valid with { SchemaReference = Valid.SchemaReference! with { Subject = "" } })));
    }

    [Fact]
    public void An_unknown_compatibility_policy_is_named()
    {
        var problem = Single(Valid with { Compatibility = (CompatibilityPolicy)42 });

        Assert.Equal("customProperties[2].value", problem.Path);
        Assert.StartsWith("unknown compatibility policy 42", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_levels_must_be_possible()
    {
        var levels = Valid.ServiceLevels;

        Assert.Equal(("slaProperties[0].value", "freshness must be a positive duration (was -00:05:00)"),
            Pair(Single(Valid with { ServiceLevels = levels with { Freshness = TimeSpan.FromMinutes(-5) } })));
        Assert.Equal(("customProperties[3].value[1].maxLag", "maximum lag must not be negative (was -1)"),
            Pair(Single(Valid with { ServiceLevels = levels with { ConsumerGroupLag = [levels.ConsumerGroupLag[0], new ConsumerLagObjective("analytics", -1)] } })));
        Assert.Equal(("slaProperties[0].element", "freshness is measured on 'orders.shipped_at', which is not a field of the schema"),
            Pair(Single(Valid with { ServiceLevels = levels with { FreshnessElement = "orders.shipped_at" } })));
        Assert.Empty(ContractValidator.Validate(Valid with { ServiceLevels = levels with { FreshnessElement = "Orders.placed_at" } }));
        Assert.Empty(ContractValidator.Validate(Valid with { ServiceLevels = levels with { FreshnessElement = "shop.orders.v1.placed_at" } }));
        Assert.Equal(("customProperties[3].value[1].consumerGroup", "consumer group 'billing' has more than one lag objective"),
            Pair(Single(Valid with { ServiceLevels = levels with { ConsumerGroupLag = [levels.ConsumerGroupLag[0], new ConsumerLagObjective("billing", 5)] } })));
    }

    [Fact]
    public void A_required_dead_letter_topic_must_be_named_and_differ_from_the_topic()
    {
        var levels = Valid.ServiceLevels;

        Assert.Equal(("customProperties[4].value", "a dead-letter topic is required but none is named (set deadLetterTopic)"),
            Pair(Single(Valid with { ServiceLevels = levels with { DeadLetterTopic = null } })));
        Assert.Equal(("customProperties[5].value", "the dead-letter topic cannot be the governed topic 'shop.orders.v1' itself"),
            Pair(Single(Valid with { ServiceLevels = levels with { DeadLetterTopic = "shop.orders.v1" } })));
    }

    [Fact]
    public void Preserved_members_cannot_shadow_modeled_ones()
    {
        Assert.Equal(("id", "'id' is written from the modeled fields and cannot also be kept as a preserved member"),
            Pair(Single(Valid with { Preserved = Valid.Preserved.Add(new PreservedMember("id", "\"other\"")) })));
        Assert.Equal("schema[0].properties[0].logicalTypeOptions.pattern",
            Single(WithField(0, f => f with { Preserved = [new PreservedMember("logicalTypeOptions.pattern", "\"x\"")] })).Path);
        Assert.StartsWith("the value of 'tenant' is not JSON",
            Single(Valid with { Preserved = [new PreservedMember("tenant", "acme")] }).Message, StringComparison.Ordinal);
        Assert.Equal(("customProperties[6].property", "'deadLetterTopic' is a modeled custom property: set it through the contract's fields"),
            Pair(Single(Valid with { CustomProperties = [new ContractCustomProperty("deadLetterTopic", "\"x\"")] })));
    }

    [Theory]
    [InlineData("[3,5]", 3, 5)]
    [InlineData("[3,5)", 3, 4)]
    [InlineData("(3,5]", 4, 5)]
    [InlineData("[3,)", 3, null)]
    [InlineData("(,5)", null, 4)]
    [InlineData("[4]", 4, 4)]
    [InlineData(" [ 1 , 2 ] ", 1, 2)]
    public void Version_ranges_parse(string text, int? minimum, int? maximum)
    {
        Assert.True(SchemaVersionRange.TryParse(text, out var range, out var error), error);
        Assert.Equal(new SchemaVersionRange(minimum, maximum), range);
        Assert.Equal(minimum is null || minimum <= 1, range.Contains(1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("[0,2]")]
    [InlineData("[,2]")]
    [InlineData("[2,]")]
    [InlineData("(,)")]
    [InlineData("(4)")]
    [InlineData("[1,2,3]")]
    [InlineData("[4,4)")]
    [InlineData("[a,b]")]
    public void Malformed_version_ranges_are_refused(string text) =>
        Assert.False(SchemaVersionRange.TryParse(text, out _, out _));

    private static (string Path, string Message) Pair(ContractProblem problem) => (problem.Path, problem.Message);
}
