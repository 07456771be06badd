using System.Text.Json;
using Chancery.Testing;

namespace Chancery.App.Tests;

/// <summary>What data/demo/demo.json holds, read independently of the code under test.</summary>
internal static class DemoDatasetFacts
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Repository.Path("data", "demo", "demo.json"))).RootElement;

    public static int EngagementCount => Root.GetProperty("engagements").GetArrayLength();
}
