using Chancery.Domain;

namespace Chancery.Store;

/// <summary>An editor's answer about an engagement and an action line: evidence of it (accepted), or not (rejected).</summary>
public sealed record ActionLineLink(Key<Plan> Plan, ActionLineNumber Line, bool Accepted);
