package dev.macai.catalog.equipment;

/** Fernet keys the equipment tests encrypt and decrypt with. */
public final class FernetTestKeys {

  /** The %test profile's EQUIPMENT_ENCRYPTION_KEY (application.properties). */
  public static final String TEST_KEY = "_sR8PWVWx0TlGb81zv7GheiypCMI7pzl9mI1dTOGnbM=";

  /** The current key of the rotation test, which demotes {@link #TEST_KEY} to an old key. */
  public static final String ROTATED_KEY = "kkd2oYbIi5HHsLjnCz5F9mCNX4p0sb1qn7mlO__ldLc=";

  /**
   * A key retired even before {@link #TEST_KEY}, listed first among the rotation test's old keys.
   */
  public static final String RETIRED_KEY = "xVJ_sEI6ARo4J-TwgKM8mi0Y1eQrBc-LNuSL-eROUxM=";

  /** A key the service is never configured with: its tokens are unreadable there. */
  public static final String FOREIGN_KEY = "mAbVWE2jPNW1S8aEGQO6mpJgwHU26b9tCuIqrBBFD9c=";

  private FernetTestKeys() {}
}
