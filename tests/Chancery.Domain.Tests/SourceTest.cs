using Chancery.Testing;

namespace Chancery.Domain.Tests;

public sealed class SourceTest
{
    [Fact]
    public void The_hash_of_a_source_is_the_sha256_of_its_text() =>
        new Source { Text = "abc" }.Hash.Hex.ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    [Fact]
    public void Changing_the_text_changes_the_hash_and_nothing_else_does()
    {
        var source = Samples.CourtesyCallSource;

        (source with { Outlet = "Another" }).Hash.ShouldBe(source.Hash);
        (source with { Text = source.Text + "!" }).Hash.ShouldNotBe(source.Hash);
    }

    [Fact]
    public void A_hash_is_read_back_only_from_lower_case_hex()
    {
        var hash = ContentHash.Of("abc");

        ContentHash.Parse(hash.Hex).ShouldBe(hash);
        Should.Throw<FormatException>(() => ContentHash.Parse(hash.Hex.ToUpperInvariant()));
    }
}
