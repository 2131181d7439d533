/** Our own articles (not from seeds/): two yearly growth targets, then the figures that judge them. */
export const GROWTH_TARGETS_ARTICLE = `date 2007-12-05 Hai nước đặt mục tiêu tăng trưởng thương mại
Tại kỳ họp ủy ban liên chính phủ, hai bên thống nhất phấn đấu năm 2008 kim ngạch thương mại song phương tăng trưởng 10-15%.
`;
export const GROWTH_TARGETS_ARTICLE_2 = `date 2008-12-09 Mục tiêu thương mại năm tới
Hai bộ trưởng đề ra mục tiêu năm 2009 kim ngạch thương mại song phương tăng trưởng 12-15%.
`;
export const GROWTH_FIGURES_ARTICLE = `date 2010-03-02 Thương mại Việt - Lào hai năm qua
Theo số liệu hải quan, năm 2008 kim ngạch thương mại hai chiều Việt Nam - Lào đạt 420 triệu USD, tăng 21% so với năm 2007.
Năm 2009, kim ngạch thương mại hai chiều giữa hai nước đạt 433 triệu USD, tăng 3% so với năm 2008.
`;

/** Growth targets with no year: each speaks of the year after its pledge, not of the latest year. */
export const YEARLESS_GROWTH_ARTICLE = `date 2007-03-14 Hai nước muốn thương mại tăng nhanh hơn
Tại cuộc hội đàm, hai Thủ tướng thống nhất phấn đấu tăng kim ngạch thương mại song phương 15%.
`;
export const YEARLESS_GROWTH_ARTICLE_2 = `date 2009-06-20 Lào và Việt Nam bàn cách gỡ khó cho thương mại
Hai bộ trưởng nhất trí phấn đấu kim ngạch thương mại hai chiều tăng trưởng 10%.
`;
