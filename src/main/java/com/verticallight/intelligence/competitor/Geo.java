package com.verticallight.intelligence.competitor;

/** Distances on the Earth's surface. */
public final class Geo {

    /** The mean Earth radius (IUGG), in metres, used for every distance we show. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private Geo() {
    }

    /** Great-circle distance in metres by the haversine formula. */
    public static double distanceMetres(double lat1, double lng1, double lat2, double lng2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lng2 - lng1);
        double a = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The area of the service circle in km² (a flat circle: small radii only). */
    public static double circleAreaKm2(double radiusKm) {
        return Math.PI * radiusKm * radiusKm;
    }
}
