namespace Chancery.Extraction.Recognition.Events;

internal enum EventSource
{
    /// <summary>A meeting called by its name: "the 19th ASEAN-Russia Senior Officials' Meeting (ARSOM)".</summary>
    Named,

    /// <summary>A meeting called by a common noun: "the meeting", "the session", "the summit".</summary>
    Generic,

    /// <summary>An engagement told by what people did: "paid a courtesy call", "met", "received", "a working visit".</summary>
    Verb,
}
