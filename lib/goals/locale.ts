/** English UI, the portal's currency and time zone; fixed so server and browser render alike. */
export const LOCALE = "en-US";
