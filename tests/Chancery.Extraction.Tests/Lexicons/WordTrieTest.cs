using Chancery.Extraction.Lexicons;

namespace Chancery.Extraction.Tests.Lexicons;

public sealed class WordTrieTest
{
    [Fact]
    public void Given_steps_from_the_root_and_deeper_When_walked_Then_each_leads_to_the_node_it_made()
    {
        var trie = new WordTrie();
        var siem = trie.Add(WordTrie.Root, 7);
        var reap = trie.Add(siem, 9);
        var far = trie.Add(WordTrie.Root, 100_000);

        trie.Next(WordTrie.Root, 7, out _).ShouldBe(siem);
        trie.Next(siem, 9, out _).ShouldBe(reap);
        trie.Next(WordTrie.Root, 100_000, out _).ShouldBe(far);
        new[] { siem, reap, far }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Given_a_step_added_twice_When_added_again_Then_it_leads_to_the_same_node()
    {
        var trie = new WordTrie();
        var first = trie.Add(WordTrie.Root, 3);
        var child = trie.Add(first, 4);

        trie.Add(WordTrie.Root, 3).ShouldBe(first);
        trie.Add(first, 4).ShouldBe(child);
    }

    [Fact]
    public void Given_words_it_has_no_step_for_When_walked_Then_the_walk_ends()
    {
        var trie = new WordTrie();
        var node = trie.Add(WordTrie.Root, 5);

        trie.Next(WordTrie.Root, 6, out _).ShouldBe(-1);
        trie.Next(WordTrie.Root, 1_000_000, out _).ShouldBe(-1);
        trie.Next(WordTrie.Root, -1, out _).ShouldBe(-1);
        trie.Next(node, 5, out _).ShouldBe(-1);
    }

    [Fact]
    public void Given_tags_on_a_step_from_the_root_and_on_a_deeper_one_When_walked_Then_each_step_gives_its_own()
    {
        var trie = new WordTrie();
        var ha = trie.Add(WordTrie.Root, 11);
        trie.Add(ha, 12);
        trie.Tag(WordTrie.Root, 11, 1);
        trie.Tag(ha, 12, 2);

        trie.Next(WordTrie.Root, 11, out var rootTag);
        trie.Next(ha, 12, out var deeperTag);

        (rootTag, deeperTag).ShouldBe((1, 2));
    }

    [Fact]
    public void Given_thousands_of_steps_When_the_table_grows_Then_every_step_is_still_found_and_no_other()
    {
        var trie = new WordTrie();
        var nodes = Enumerable.Range(0, 5_000).Select(w => (Word: w, Node: trie.Add(WordTrie.Root, w))).ToList();
        var children = nodes.Select(n => (n.Node, Child: trie.Add(n.Node, n.Word + 1))).ToList();

        nodes.Select(n => trie.Next(WordTrie.Root, n.Word, out _) == n.Node).ShouldAllBe(found => found);
        children.Select((c, i) => trie.Next(c.Node, i + 1, out _) == c.Child).ShouldAllBe(found => found);
        children.Select((c, i) => trie.Next(c.Node, i + 2, out _)).ShouldAllBe(node => node == -1);
    }
}
