using System.Collections.Concurrent;

namespace LrNotebooks.Site.Tests;

/// <summary>What a page said while it was open: console messages (every kind), page errors, dialogs, blocked requests.</summary>
public sealed class PageSession
{
    /// <summary>Console messages as "type: text", and page errors as "page error: ...".</summary>
    public ConcurrentQueue<string> Console { get; } = new();

    /// <summary>Dialogs (alert, confirm, prompt) as "type: message"; each was dismissed.</summary>
    public ConcurrentQueue<string> Dialogs { get; } = new();

    /// <summary>Requests that would have left the machine (aborted).</summary>
    public ConcurrentQueue<string> External { get; } = new();
}
