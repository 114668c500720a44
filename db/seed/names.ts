/** Korean surnames, the common ones repeated so that they come up as often as in life. */
export const SURNAMES = [
  '김', '김', '김', '이', '이', '이', '박', '박', '최', '정', '강', '조', '윤', '장', '임',
  '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍', '전', '고', '문', '양', '손',
] as const;

/** Two-syllable given names, a mix of generations. */
export const GIVEN_NAMES = [
  '민준', '서준', '도윤', '예준', '시우', '하준', '주원', '지호', '지훈', '준서',
  '현우', '건우', '우진', '선우', '민재', '성민', '재현', '동현', '영수', '정호',
  '상훈', '경민', '태희', '승현', '서연', '서윤', '지우', '하은', '민서', '지민',
  '수빈', '예은', '채원', '지아', '윤서', '다은', '은지', '혜진', '미경', '수진',
  '영희', '정숙', '미영', '은정', '소영', '유진', '가은', '나연', '보람', '슬기',
] as const;

/** The syllables of private passenger-car plates (자가용). */
export const PLATE_SYLLABLES = [
  '가', '나', '다', '라', '마', '거', '너', '더', '러', '머', '버', '서', '어', '저',
  '고', '노', '도', '로', '모', '보', '소', '오', '조', '구', '누', '두', '루', '무', '부', '수', '우', '주',
] as const;

/** Region prefixes of older plates that some cars still carry. */
export const PLATE_REGIONS = ['서울', '경기'] as const;
