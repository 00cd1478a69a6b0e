package dev.placementadvisor.inventory;

/** Languages and runtimes a service can be written in. */
public enum ServiceRuntime {
  RUST("rust"),
  GO("go"),
  TINYGO("tinygo"),
  C("c"),
  CPP("cpp"),
  ZIG("zig"),
  ASSEMBLYSCRIPT("assemblyscript"),
  JAVASCRIPT("javascript"),
  TYPESCRIPT("typescript"),
  PYTHON("python"),
  JAVA("java"),
  KOTLIN("kotlin"),
  DOTNET("dotnet"),
  RUBY("ruby"),
  PHP("php");

  private final String id;

  ServiceRuntime(String id) {
    this.id = id;
  }

  /** The name used in inventories and output. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
