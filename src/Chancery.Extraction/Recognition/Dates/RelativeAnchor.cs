namespace Chancery.Extraction.Recognition.Dates;

internal enum RelativeAnchor
{
    /// <summary>The document's own date: "today", "yesterday".</summary>
    Dateline,

    /// <summary>The date mentioned last: "the same day", "the following day".</summary>
    Previous,
}
