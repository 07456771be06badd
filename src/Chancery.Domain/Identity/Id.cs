using System.Globalization;

namespace Chancery.Domain;

/// <summary>
/// The store-assigned number of a <typeparamref name="TEntity"/>: <c>Id&lt;Engagement&gt;</c> and
/// <c>Id&lt;Person&gt;</c> are different types, so one cannot be passed where the other is meant.
/// Zero is <see cref="Unsaved"/>: a record the store has not numbered yet.
/// </summary>
public readonly record struct Id<TEntity> : IComparable<Id<TEntity>>
{
    public Id(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Value = value;
    }

    public static Id<TEntity> Unsaved => default;

    public long Value { get; }

    public bool IsSaved => Value > 0;

    public static bool TryParse(string? text, out Id<TEntity> id)
    {
        var ok = long.TryParse(text?.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0;
        id = ok ? new Id<TEntity>(value) : default;
        return ok;
    }

    public int CompareTo(Id<TEntity> other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
