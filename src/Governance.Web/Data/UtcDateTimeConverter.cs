using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Governance.Web.Data;

/// <summary>Stores instants as UTC and reads them back marked as UTC on every provider.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
