using Chancery.Domain;

namespace Chancery.Extraction.Recognition.Dates;

/// <summary>
/// Where and when a document says it was written: its date (<see cref="Published"/>, with the span it was
/// read from), the city of its dateline, and the country it was written from (<see cref="Home"/>, from the
/// agency or the city), which officials with no other affiliation are taken to serve.
/// </summary>
internal sealed record Dateline
{
    public DateOnly? Published { get; init; }

    /// <summary>The year the document is in, when known even without a full date.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// The day relative dates count from: the document's date, or failing it the first full date of the lead
    /// ("on Tuesday (August 27, 2019)"), so that "Also on Tuesday" still means a day.
    /// </summary>
    public DateOnly? Anchor { get; init; }

    public (int Start, int End)? DateSpan { get; init; }

    public City? City { get; init; }

    public (int Start, int End)? CitySpan { get; init; }

    /// <summary>The country of the news agency named in the dateline ("(VNA)"), whose officials are its own.</summary>
    public ActorId? Agency { get; init; }

    public ActorId? Home { get; init; }

    /// <summary>The last token of the dateline in the first paragraph: recognisers of the body start after it.</summary>
    public int BodyStartToken { get; init; }
}
