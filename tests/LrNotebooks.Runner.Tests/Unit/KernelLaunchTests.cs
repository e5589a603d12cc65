using LrNotebooks.Runner.Kernel;

namespace LrNotebooks.Runner.Tests.Unit;

public sealed class KernelLaunchTests
{
    [Fact]
    public void The_default_command_gets_the_options_VS_Code_passes()
    {
        var (file, args) = new KernelLaunch("dotnet tool run dotnet-interactive -- stdio", "/repo", "/repo/notebooks", "csharp", "id").Split();
        Assert.Equal("dotnet", file);
        Assert.Equal(["tool", "run", "dotnet-interactive", "--", "stdio", "--default-kernel", "csharp", "--working-dir", "/repo/notebooks"], args);
    }

    [Fact]
    public void Double_quotes_group_words_and_unknown_default_kernels_are_not_passed()
    {
        var (file, args) = new KernelLaunch("\"/opt/my tools/dotnet-interactive\" stdio \"\"", "/r", "/n b", "mermaid", "id").Split();
        Assert.Equal("/opt/my tools/dotnet-interactive", file);
        Assert.Equal(["stdio", "", "--working-dir", "/n b"], args);
    }

    [Fact]
    public void An_empty_command_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new KernelLaunch("  ", "/r", "/n", "csharp", "id").Split());
    }
}
