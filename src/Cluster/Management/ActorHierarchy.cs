using Akka.Actor;

namespace Hive.Cluster.Management;

/// <summary>Walks the actor tree below /user and /system by asking each level to identify itself.</summary>
public static class ActorHierarchy
{
    private static readonly TimeSpan LevelTimeout = TimeSpan.FromMilliseconds(400);

    public static async Task<IReadOnlyList<ActorNode>> WalkAsync(ActorSystem system, int depth)
    {
        depth = Math.Clamp(depth, 1, 10);
        var roots = new List<ActorNode>();
        foreach (var root in new[] { "/user", "/system" })
            roots.Add(new ActorNode(root, root.TrimStart('/'), await ChildrenAsync(system, root, depth)));
        return roots;
    }

    private static async Task<IReadOnlyList<ActorNode>> ChildrenAsync(ActorSystem system, string path, int depth)
    {
        if (depth == 0) return [];
        var inbox = Inbox.Create(system);
        system.ActorSelection(path + "/*").Tell(new Identify(path), inbox.Receiver);
        var found = new List<IActorRef>();
        var deadline = DateTime.UtcNow + LevelTimeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await inbox.ReceiveAsync(deadline - DateTime.UtcNow) is ActorIdentity { Subject: { } subject })
                    found.Add(subject);
            }
            catch (TimeoutException)
            {
                break;
            }
        }

        inbox.Dispose();
        var children = new List<ActorNode>();
        foreach (var child in found.OrderBy(c => c.Path.Name, StringComparer.Ordinal))
        {
            var childPath = child.Path.ToStringWithoutAddress();
            children.Add(new ActorNode(childPath, Uri.UnescapeDataString(child.Path.Name), await ChildrenAsync(system, childPath, depth - 1)));
        }

        return children;
    }
}
