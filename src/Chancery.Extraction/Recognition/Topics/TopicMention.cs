namespace Chancery.Extraction.Recognition.Topics;

/// <summary>A value of a topic field found at tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>): a sector, a stance, a plan label, a cue.</summary>
internal sealed record TopicMention<T>(int FirstToken, int EndToken, T Value);
