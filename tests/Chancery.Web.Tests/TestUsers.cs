using Chancery.Domain;

namespace Chancery.Web.Tests;

/// <summary>The users <see cref="WebServer"/> creates, with their clearance and whether they edit; "" is a visitor not signed in.</summary>
public static class TestUsers
{
    public static readonly IReadOnlyDictionary<string, (Classification Clearance, bool Edits)> All = new Dictionary<string, (Classification, bool)>
    {
        [""] = (Classification.Public, false),
        ["viewer"] = (Classification.Public, false),
        ["analyst"] = (Classification.Confidential, false),
        ["editor"] = (Classification.Public, true),
        ["officer"] = (Classification.Restricted, true),
        ["admin"] = (Classification.Confidential, true),
    };

    /// <summary>Every user with every classification of record.</summary>
    public static TheoryData<string, Classification> WithEveryClassification()
    {
        var cases = new TheoryData<string, Classification>();
        foreach (var user in All.Keys)
        {
            foreach (var classification in Enum.GetValues<Classification>())
            {
                cases.Add(user, classification);
            }
        }
        return cases;
    }
}
