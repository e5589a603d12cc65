namespace LrNotebooks.Notebooks;

/// <summary>A notebook file the runner cannot use (exit code 2); the message names the file and the problem.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public NotebookFormatException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The notebook file.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
