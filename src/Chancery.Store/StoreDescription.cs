namespace Chancery.Store;

/// <summary>Which engine holds the data, where, and at which schema version.</summary>
public sealed record StoreDescription(string Engine, string Location, int SchemaVersion)
{
    public override string ToString() => $"{Engine} {Location} (schema {SchemaVersion})";
}
