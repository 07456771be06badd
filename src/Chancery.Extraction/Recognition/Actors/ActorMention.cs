using Chancery.Domain;

namespace Chancery.Extraction.Recognition.Actors;

/// <summary>An actor named at tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>); possessive when written "Russia's".</summary>
internal sealed record ActorMention(int FirstToken, int EndToken, ActorId Actor, ActorForm Form, bool Possessive);
