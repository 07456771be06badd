namespace Chancery.Extraction.Assembly;

/// <summary>
/// Tokens [<see cref="First"/>, <see cref="End"/>) of a sentence that speak of one engagement. A trigger segment
/// holds the words that report it; a focus segment only goes on talking about it (topics, people, stances).
/// </summary>
internal readonly record struct Segment(int Sentence, int First, int End, bool Trigger);
