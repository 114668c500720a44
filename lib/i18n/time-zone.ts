/** The portal's one time zone: every case, request and report happens in Korea. */
export const SEOUL_TIME_ZONE = 'Asia/Seoul';
