using FsCheck.Xunit;
using Hive.Core.ReadModel;

namespace Hive.Core.Tests.ReadModel;

public class PageCursorTests
{
    [Property(MaxTest = 500)]
    public bool A_cursor_reads_back_as_the_time_and_sort_key_it_was_made_of(long ticks, long sortKey)
    {
        var cursor = new PageCursor(ticks, sortKey);
        return PageCursor.TryDecode(cursor.Encode(), out var decoded) && decoded == cursor;
    }

    [Fact]
    public void An_encoded_cursor_is_url_safe()
    {
        var text = new PageCursor(long.MaxValue, -1).Encode();

        Assert.DoesNotContain(text, c => c is '+' or '/' or '=');
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Text_that_is_not_a_cursor_is_refused(string text)
    {
        Assert.False(PageCursor.TryDecode(text, out _));
    }
}
